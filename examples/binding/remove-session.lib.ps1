# An advanced function with Remove-CimSession's five parameter sets, so that pwsh can check the
# binder where the CIM cmdlets themselves cannot run. Sessions are hashtables here.
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
    process {
        $set = $PSCmdlet.ParameterSetName
        $value = switch ($set) {
            'CimSessionSet' { ($CimSession | ForEach-Object { $_.Name }) -join ',' }
            'ComputerNameSet' { $ComputerName -join ',' }
            'SessionIdSet' { ($Id | ForEach-Object { "$_ [$($_.GetType().Name)]" }) -join ',' }
            'InstanceIdSet' { $InstanceId -join ',' }
            'NameSet' { $Name -join ',' }
        }
        if ($PSCmdlet.ShouldProcess($value, 'Remove Session')) { "$set -> $value" }
    }
}
