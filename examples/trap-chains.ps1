# trap with continue inside pipeline chains: the failed pipeline counts as failed, and the chain goes on.
function Test-FullyTerminatingError { throw 'TERMINATE' }
trap { continue }
'a'
Write-Output 2 && Test-FullyTerminatingError
'b'
Test-FullyTerminatingError && Write-Output 2
'c'
Test-FullyTerminatingError || Write-Output 2
'd'
