# Modules: built-in ones load when one of their commands first runs, or with Import-Module.
Get-Module
Import-Module Microsoft.PowerShell.Utility
Get-Module
$m = Get-Module Microsoft.PowerShell.Utility
$m.Name, $m.ModuleType, $m.Version.ToString() -join ' / '
$m.ExportedCommands.ContainsKey('Get-Date')
Import-Module NoSuchModule -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
Get-Content $PSCommandPath -TotalCount 1 | Out-Null
(Get-Module).Name
Remove-Module Microsoft.PowerShell.Management
(Get-Module).Name

# A script module: its functions are there once it is imported.
Import-Module $PSScriptRoot/greeting.psm1
Get-Greeting -Name modules
Get-Module greeting | Select-Object Name, ModuleType
(Get-Module greeting).ExportedCommands.Keys -join ', '
Remove-Module greeting
@(Get-Module greeting).Count
Export-ModuleMember -Function Get-Greeting
