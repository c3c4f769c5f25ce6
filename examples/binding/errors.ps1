# Binding errors, with the text, id and category pwsh gives.
. "$PSScriptRoot/remove-session.lib.ps1"
function Show-Error([scriptblock]$Action) {
    try { & $Action } catch { "$($_.FullyQualifiedErrorId) [$($_.CategoryInfo.Category)]: $($_.Exception.Message)" }
}
Show-Error { Remove-Session -Id 2..4 }
Show-Error { Remove-Session -Nope 1 }
Show-Error { Remove-Session -I 1 }
Show-Error { Remove-Session -Id 1 -Id 2 }
Show-Error { Remove-Session -Id }
Show-Error { Remove-Session a b }
Show-Error { Remove-Session -Id 1 -Name x }
Show-Error { Remove-Session -Id -1 }
Show-Error { Remove-Session -InstanceId nope }
Show-Error { Remove-Session }
'abc' | Remove-Session
[pscustomobject]@{ Other = 1 } | Remove-Session
'the pipeline goes on after a binding error'
