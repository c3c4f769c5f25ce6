# A string piped to Remove-CimSession: no parameter takes a String by value, and a String has
# no ComputerName, Id, InstanceId or Name property, so every pass fails: InputObjectNotBound.
# pwsh: skip — Show-ParameterBinding is minipwsh's own, and CimCmdlets is Windows-only
Show-ParameterBinding { 'srv1' | Remove-CimSession }
