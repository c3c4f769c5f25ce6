# The same record as JSON, for tools and the playground (schema version 1, docs/explainer.md).
# pwsh: skip — Show-ParameterBinding is minipwsh's own
function Get-Id { [CmdletBinding()] param([Parameter(ValueFromPipelineByPropertyName)][uint32]$Id) process { $Id } }
Show-ParameterBinding -Format Json { [pscustomobject]@{ Id = 7 } | Get-Id }
