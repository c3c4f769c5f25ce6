# TimeSpan: date arithmetic and comparison, New-TimeSpan, [timespan] casts and statics,
# Measure-Command (its block runs in the caller's scope), and how a TimeSpan is displayed.
$start = [datetime]'2024-01-01 08:00'
$end = [datetime]'2024-01-02 09:30:15.25'
$span = $end - $start
$span.GetType().FullName
"$span"
$span.TotalHours
$span
$start -lt $end
[datetime]'2024-03-01', $end, $start | Sort-Object | ForEach-Object ToString 'yyyy-MM-dd HH:mm'
($start + (New-TimeSpan -Hours 36)).ToString('yyyy-MM-dd HH:mm')
$end.Subtract($start).Days
$end.TimeOfDay.ToString()
New-TimeSpan -Start $start -End $end | ForEach-Object TotalMinutes
(New-TimeSpan -Days 1 -Minutes 90).ToString()
[timespan]'1.02:03:04.5' | ForEach-Object ToString
([timespan]'00:01:30').TotalSeconds
[timespan]::FromMinutes(90) * 2 | ForEach-Object ToString
(New-TimeSpan -Hours 1) -gt (New-TimeSpan -Minutes 59)
(New-TimeSpan -Minutes 5).Negate().ToString()
(New-TimeSpan -Hours 25).ToString('g')
try { [timespan]'soon' } catch { $_.Exception.Message }
[pscustomobject]@{ Task = 'build'; Took = New-TimeSpan -Seconds 95 }
$elapsed = Measure-Command { $counted = (1..1000 | Measure-Object).Count; 'this output is discarded' }
$elapsed.GetType().Name
$counted
$elapsed -lt (New-TimeSpan -Minutes 1)
# ForEach-Object with a member name: a property, else a method, with -ArgumentList for its arguments.
'alpha', 'beta' | ForEach-Object ToUpper
'alpha', 'beta' | ForEach-Object Substring 1 2
'alpha' | ForEach-Object Nope
'alpha' | ForEach-Object Nope 1
Set-StrictMode -Version Latest
try { $undefined } catch { $_.FullyQualifiedErrorId }
try { @{ a = 1 }.b } catch { $_.FullyQualifiedErrorId }
& { Set-StrictMode -Off; "off in here: [$notSet]" }
try { $notSet } catch { 'still strict out here' }
