# The CIM cmdlets' help as their help file would show it: -Examples has the seed page's three
# examples, -Parameter the facts of its PARAMETERS section (from the same metadata the binder uses).
# pwsh: skip — CimCmdlets is Windows-only, and pwsh here has no help files
Get-Help Remove-CimSession -Examples
