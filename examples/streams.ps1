# Output streams: warning, verbose, debug, information, host; redirection between them.
Write-Warning 'a warning'
Write-Verbose 'hidden: verbose is off by default'
Write-Verbose 'shown with -Verbose' -Verbose
$VerbosePreference = 'Continue'
Write-Verbose 'shown by preference'
$VerbosePreference = 'SilentlyContinue'
Write-Debug 'hidden debug'
Write-Host 'host text' -NoNewline
Write-Host ' continues the line'
Write-Host 'a', 'b', 'c' -Separator ', '
$captured = Write-Error 'captured into the output' 2>&1
"captured type: $($captured.GetType().Name)"
"captured message: $captured"
Write-Warning 'silenced' -WarningAction SilentlyContinue
$all = & { 'out'; Write-Warning 'warn' } 3>&1
$all.Count
Write-Output 'discarded' > $null
& { Write-Error 'hidden error' } 2> $null
'done'
Write-Output 'Out-Null hides this' | Out-Null
$text = 1, 2 | Out-String
$text.Length
