# Get-Help renders comment-based help in pwsh's brief layout; SYNTAX comes from the binder's metadata.
function Get-Thing { <#
.SYNOPSIS
Gets things.
.DESCRIPTION
Gets the things by name.
.PARAMETER Name
The names.
.EXAMPLE
Get-Thing -Name a
#>
[CmdletBinding()] param([Parameter(Mandatory, ValueFromPipeline)][string[]]$Name, [uint32[]]$Id, [switch]$Force) }
Get-Help Get-Thing
function Set-Thing { <#
.SYNOPSIS
Sets things, a long synopsis that goes on and on past the eighty column limit of the console window.
#>
param([Parameter(ParameterSetName="A",Mandatory)][string]$Name, [Parameter(ParameterSetName="B")][int]$Id, $Value) }
Get-Help Set-Thing
function f { <#
.SYNOPSIS
  Indented synopsis.
.DESCRIPTION
  First line.
  Second line.

  New paragraph.
#>
param() }
Get-Help f -Full
function Get-X { <#
.SYNOPSIS
X.
#>
[CmdletBinding(SupportsShouldProcess)] param($a) }
Get-Help Get-X -Examples
Get-Help nosuch

# Help can also stand just before the function keyword (one blank line at most between them).

<#
.SYNOPSIS
Adds two numbers.
.DESCRIPTION
Adds the numbers it is given.
#>

function Add-Two {
    param([int]$A, [int]$B)
    $A + $B
}
Get-Help Add-Two
(Get-Help Add-Two).Synopsis
function No-Help($a) { }
"[$((Get-Help No-Help).Synopsis)]"
(Get-Help No-Help).Category
