# Binding from the pipeline: ByValue first, then ByPropertyName, each without and then with coercion.
. "$PSScriptRoot/remove-session.lib.ps1"
@{ Name = 'by value' } | Remove-Session
@{ Name = 'first' }, @{ Name = 'second' } | Remove-Session
[pscustomobject]@{ ComputerName = 'srv1' } | Remove-Session
[pscustomobject]@{ CN = 'alias srv' } | Remove-Session
[pscustomobject]@{ Id = 2 } | Remove-Session
[pscustomobject]@{ Id = '5' } | Remove-Session
[pscustomobject]@{ Name = 'by property' } | Remove-Session
[pscustomobject]@{ InstanceId = '0f8fad5b-d9cb-469f-a165-70867728950e' } | Remove-Session
[pscustomobject]@{ ComputerName = 'a' }, [pscustomobject]@{ Id = 3 } | Remove-Session
