# An advanced function whose [int] parameter takes pipeline input by value: a String needs
# conversion, so it binds in pass 3; an Int32 binds in pass 1.
# pwsh: skip — Show-ParameterBinding is minipwsh's own
function Double-It {
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline)][int]$Number)
    process { $Number * 2 }
}
Show-ParameterBinding { 21, '4' | Double-It }
