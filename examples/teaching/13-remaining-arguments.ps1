# Write-Output's -InputObject takes the remaining arguments: 1 2 3 become one list.
# pwsh: skip — Show-ParameterBinding is minipwsh's own
Show-ParameterBinding { Write-Output 1 2 3 }
