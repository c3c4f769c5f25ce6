# Functions the binding cases call. Each reports the parameter set it ran in and what was bound,
# as "Set | Name=value[Type] ...", in the order PowerShell bound the parameters.
function Format-Bound($Set, $Bound) {
    $parts = foreach ($k in $Bound.Keys) {
        $v = $Bound[$k]
        $t = if ($null -eq $v) { 'null' } else { $v.GetType().Name }
        "$k=$(@($v) -join ',')[$t]"
    }
    "$Set | $($parts -join ' ')"
}

function Test-Sets {
    [CmdletBinding(DefaultParameterSetName = 'SessionSet', SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName, ParameterSetName = 'SessionSet')]
        [hashtable[]]$Session,
        [Parameter(Mandatory, Position = 0, ValueFromPipelineByPropertyName, ParameterSetName = 'ComputerSet')]
        [Alias('CN', 'ServerName')]
        [string[]]$ComputerName,
        [Parameter(Mandatory, Position = 0, ValueFromPipelineByPropertyName, ParameterSetName = 'IdSet')]
        [uint32[]]$Id,
        [Parameter(Mandatory, ValueFromPipelineByPropertyName, ParameterSetName = 'InstanceSet')]
        [guid[]]$InstanceId,
        [Parameter(Mandatory, ValueFromPipelineByPropertyName, ParameterSetName = 'NameSet')]
        [string[]]$Name
    )
    process { Format-Bound $PSCmdlet.ParameterSetName $PSBoundParameters }
}

function Test-Simple($First, $Second) { "First=$First Second=$Second Args=$($args -join ',') Count=$($args.Count)" }

function Test-Switch {
    [CmdletBinding()]
    param([switch]$Force, [bool]$Flag, [string]$Text)
    Format-Bound 'Switch' $PSBoundParameters
}

function Test-Positions {
    [CmdletBinding()]
    param(
        [Parameter(Position = 1)] [string]$Second,
        [Parameter(Position = 0)] [string]$First,
        [Parameter()] [string]$Named
    )
    Format-Bound 'Positions' $PSBoundParameters
}

function Test-Mandatory {
    [CmdletBinding(DefaultParameterSetName = 'A')]
    param(
        [Parameter(Mandatory, ParameterSetName = 'A')] [string]$Alpha,
        [Parameter(Mandatory, ParameterSetName = 'B')] [string]$Beta,
        [Parameter(ParameterSetName = 'B')] [int]$Count,
        [Parameter()] [string]$Shared
    )
    Format-Bound $PSCmdlet.ParameterSetName $PSBoundParameters
}

function Test-Validate {
    [CmdletBinding()]
    param(
        [ValidateSet('Red', 'Green')] [string]$Color,
        [ValidateRange(1, 10)] [int]$Level,
        [ValidateNotNullOrEmpty()] [string]$Label,
        [ValidateCount(1, 2)] [string[]]$Tags,
        [ValidateLength(2, 4)] [string]$Code,
        [ValidatePattern('^\d+$')] [string]$Digits,
        [ValidateScript({ $_ % 2 -eq 0 })] [int]$Even,
        [ValidateNotNull()] $Thing
    )
    Format-Bound 'Validate' $PSBoundParameters
}

function Test-Remaining {
    [CmdletBinding()]
    param([Parameter(Position = 0)] [string]$Head, [Parameter(ValueFromRemainingArguments)] $Rest)
    "Head=$Head Rest=$($Rest -join ',') Count=$(@($Rest).Count)"
}

function Test-Pipeline {
    [CmdletBinding(DefaultParameterSetName = 'ByNumber')]
    param(
        [Parameter(Mandatory, ValueFromPipeline, ParameterSetName = 'ByNumber')] [int]$Number,
        [Parameter(Mandatory, ValueFromPipeline, ParameterSetName = 'ByText')] [string]$Text,
        [Parameter(ValueFromPipelineByPropertyName)] [string]$Tag
    )
    process { Format-Bound $PSCmdlet.ParameterSetName $PSBoundParameters }
}

function Test-ByName {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)] [string]$Name,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('Years')] [int]$Age
    )
    process { Format-Bound 'ByName' $PSBoundParameters }
}

function Test-Impact {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param([string]$Target = 'thing')
    if ($PSCmdlet.ShouldProcess($Target, 'Change')) { "changed $Target" } else { "skipped $Target" }
}

function Test-Low {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Low')]
    param([string]$Target = 'thing')
    if ($PSCmdlet.ShouldProcess($Target)) { "changed $Target" } else { "skipped $Target" }
}

function Test-Defaults {
    [CmdletBinding()]
    param([int]$Number, [string]$Text, [switch]$On, [int[]]$List, $Untyped)
    "Number=$Number[$($Number.GetType().Name)] Text=[$Text] On=$On List=$($null -eq $List) Untyped=$($null -eq $Untyped)"
}
