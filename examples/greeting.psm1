# A script module for examples/modules.ps1.
function Get-Greeting { param($Name = 'world') "Hello, $Name" }
function Get-Farewell { 'bye' }
Export-ModuleMember -Function Get-Greeting, Get-Farewell
