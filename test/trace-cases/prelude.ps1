function Simple($a, [int]$b = 3) { }
function Adv { [CmdletBinding()] param([Parameter(ValueFromPipeline)][int]$x, [string]$s = 'd') process { } }
function ByProp {
    [CmdletBinding()]
    param([Parameter(ValueFromPipelineByPropertyName)][string]$Name, [Parameter(ValueFromPipelineByPropertyName)][Alias('Len')][int]$Length)
    process { }
}
function Sw { [CmdletBinding()] param([switch]$Force, [ValidateRange(1, 5)][int]$N = 1) }
function Remove-Session {
    [CmdletBinding(DefaultParameterSetName = 'CimSessionSet', SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName, ParameterSetName = 'CimSessionSet')]
        [hashtable[]]$CimSession,
        [Parameter(Mandatory, Position = 0, ValueFromPipelineByPropertyName, ParameterSetName = 'ComputerNameSet')]
        [Alias('CN', 'ServerName')]
        [string[]]$ComputerName,
        [Parameter(Mandatory, Position = 0, ValueFromPipelineByPropertyName, ParameterSetName = 'SessionIdSet')]
        [uint32[]]$Id,
        [Parameter(Mandatory, ValueFromPipelineByPropertyName, ParameterSetName = 'InstanceIdSet')]
        [guid[]]$InstanceId,
        [Parameter(Mandatory, ValueFromPipelineByPropertyName, ParameterSetName = 'NameSet')]
        [string[]]$Name
    )
    process { }
}
