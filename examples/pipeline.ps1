# The streaming pipeline: begin, process per object, end; $input; $null versus @().
1..5 | ForEach-Object { $_ * 2 } | Where-Object { $_ -gt 4 }
1..3 | ForEach-Object -Begin { 'begin' } -Process { "item $_" } -End { 'end' }
1..3 | ForEach-Object { 'start' } { $_ } { 'finish' }
'a', 'bb', 'ccc' | ForEach-Object Length
'a', 'bb', 'ccc' | ForEach-Object { $_.ToUpper() }
$people = @(
    [pscustomobject]@{ Name = 'Ada'; Age = 36 }
    [pscustomobject]@{ Name = 'Bob'; Age = 17 }
    [pscustomobject]@{ Name = 'Cy'; Age = 52 }
)
$people | Where-Object Age -gt 30 | ForEach-Object Name
$people | Where-Object { $_.Name -like 'b*' } | ForEach-Object { "$($_.Name) is $($_.Age)" }
$people | Where-Object Name -eq 'cy' | ForEach-Object Age
$people | Where-Object -Property Age -LT -Value 20 | ForEach-Object Name
function Show-Stream {
    begin { 'begin block' }
    process { "process $_" }
    end { 'end block' }
}
1, 2 | Show-Stream
function Sum-Input { $total = 0; foreach ($n in $input) { $total += $n }; $total }
1..10 | Sum-Input
function Trace-Order { process { "stage A saw $_"; $_ } }
function Trace-Order2 { process { "stage B saw $_" } }
1..2 | Trace-Order | Trace-Order2
$null | ForEach-Object { 'runs once for $null' }
@() | ForEach-Object { 'never runs for an empty array' }
$arr = 1, 2, 3
$arr | ForEach-Object { $_ } | Measure-Count
function Measure-Count { "count: $(@($input).Count)" }
$arr | Measure-Count
Write-Output $arr | Measure-Count
Write-Output $arr -NoEnumerate | Measure-Count
,$arr | Measure-Count
$result = 1..3 | ForEach-Object { $_ * 10 }
$result.GetType().Name
$result -join ';'
$one = 1..1 | ForEach-Object { $_ }
$one.GetType().Name
$last = 1..100000 | Where-Object { $_ % 25000 -eq 0 }
$last -join ','
Get-Process-Missing 2>$null
'after a failed command'
$x = 0
1..3 | ForEach-Object { $x += $_ }
"ForEach-Object runs in the caller's scope: $x"
