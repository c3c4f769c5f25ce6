# $Host.UI's methods, and the order in which host text and formatted output reach the console:
# like pwsh, a table's first rows wait for their column widths, so Write-Host, $Host.UI and
# warning lines written meanwhile show before the table; errors and other output end the wait.
$Host.UI.WriteLine('a line')
$Host.UI.Write('no newline, ')
$Host.UI.WriteLine('then one')
$Host.UI.WriteLine('Red', 'Black', 'coloured only on a terminal')
$Host.UI.WriteWarningLine('shown whatever $WarningPreference says')
$Host.UI.WriteVerboseLine('shown whatever $VerbosePreference says')
$Host.UI.WriteDebugLine('and the same for debug')
$Host.UI.WriteErrorLine('to the error output, as plain text')

[pscustomobject]@{ Name = 'first'; Size = 1 }
Write-Host 'Write-Host text comes before the table above'
Write-Warning 'so does a warning'
[pscustomobject]@{ Name = 'second'; Size = 22 }
'a string ends the wait: the table comes first, then this'
[pscustomobject]@{ Name = 'third'; Size = 333 }
Write-Host 'the widths are known now, so rows show as they come'
1..2 | ForEach-Object { $Host.UI.WriteLine("in the pipeline $_"); [pscustomobject]@{ Name = "row $_"; Size = $_ } }
Write-Error 'an error also ends the wait'
