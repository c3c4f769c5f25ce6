# Errors that are not caught: reported on stderr in pwsh's concise view, and the script goes on.
'start'
1 / 0
'a failed statement does not stop the script'
$n = [int]'not a number'
Get-NoSuchCommand -Flag
Write-Error 'written by Write-Error'
function Report-Problem { Write-Error "problem inside $($MyInvocation.MyCommand.Name)" }
Report-Problem
$null.Missing()
'abc'.Substring(10)
function Test-Strict([int]$Value) { $Value }
Test-Strict -Value 'text'
Test-Strict -Nope 1
'a very long message follows' | ForEach-Object { Write-Error "This message is long enough that the concise error view has to wrap it across several lines of the console" }
'end'
