# Each step of pipeline binding, on an advanced function with two parameter sets.
# For every input object PowerShell restores the command-line state, then tries in order:
#   1. ValueFromPipeline without coercion      2. ValueFromPipelineByPropertyName without coercion
#   3. ValueFromPipeline with coercion         4. ValueFromPipelineByPropertyName with coercion
function Get-Label {
    [CmdletBinding(DefaultParameterSetName = 'ByNumber')]
    param(
        [Parameter(Mandatory, ValueFromPipeline, ParameterSetName = 'ByNumber')]
        [int]$Number,

        [Parameter(Mandatory, ValueFromPipelineByPropertyName, ParameterSetName = 'ByName')]
        [string]$Name,

        [Parameter(ValueFromPipelineByPropertyName)]
        [int]$Size = -1
    )
    process { "[$($PSCmdlet.ParameterSetName)] Number=$Number Name=$Name Size=$Size" }
}

'-- step 1: an [int] binds to -Number by value, without coercion'
42 | Get-Label
'-- step 2: an object with a Name property binds -Name by property name, without coercion'
[pscustomobject]@{ Name = 'box' } | Get-Label
'-- step 2 also binds -Size from a property of the same type'
[pscustomobject]@{ Name = 'crate'; Size = 3 } | Get-Label
'-- step 3: the string "7" converts to [int] for -Number (by value, with coercion)'
'7' | Get-Label
'-- step 4: Size = "9" converts to [int] (by property name, with coercion)'
[pscustomobject]@{ Name = 'bag'; Size = '9' } | Get-Label
'-- each object starts again from the command-line state: Size is back to its default'
[pscustomobject]@{ Name = 'a'; Size = 1 }, [pscustomobject]@{ Name = 'b' } | Get-Label
'-- a value that fits no pass: InputObjectNotBound, and the pipeline goes on'
[pscustomobject]@{ Other = 1 }, 5 | Get-Label
'-- a property of the right name that does not convert is an error for that object'
[pscustomobject]@{ Name = 'c'; Size = 'large' }, 6 | Get-Label
'-- the command line binds first; pipeline objects fill what is left'
[pscustomobject]@{ Name = 'from pipeline' } | Get-Label -Size 100
