# Deep recursion works; runaway recursion stops with PowerShell's call-depth error.
function Get-Depth([int]$n) { if ($n -le 0) { 0 } else { 1 + (Get-Depth ($n - 1)) } }
Get-Depth 500
function Invoke-Forever($n) { Invoke-Forever ($n + 1) }
try { Invoke-Forever 1 } catch { "caught: $($_.Exception.Message)" }
'the script goes on'
