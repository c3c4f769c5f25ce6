# Splatting: a hashtable binds by name, an array by position.
function Show-Person {
    param($Name, $Age, [switch]$Formal)
    if ($Formal) { "Dear $Name ($Age)" } else { "$Name, $Age" }
}
$byName = @{ Name = 'Ada'; Age = 36 }
Show-Person @byName
$byName.Formal = $true
Show-Person @byName
$byPosition = 'Bob', 41
Show-Person @byPosition
Show-Person @byPosition -Formal
$hostArgs = @{ Separator = ' | '; Object = 'a', 'b', 'c' }
Write-Host @hostArgs
function Pass-Through { Show-Person @args }
Pass-Through -Name Cy -Age 7
