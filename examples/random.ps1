# Get-Random: types of the results, bounds, -Count without repeats, -Shuffle, the bounds error, -SetSeed.
(Get-Random).GetType().Name
(Get-Random -Maximum 10).GetType().Name
(Get-Random -Minimum 1.5 -Maximum 2.5).GetType().Name
$r = Get-Random -Minimum 5 -Maximum 6; $r
(1..10 | Get-Random -Count 3).Count
(1..10 | Get-Random -Count 30).Count
(Get-Random -InputObject 'a','b','c' -Count 3 | Sort-Object) -join ','
(1..5 | Get-Random -Shuffle | Sort-Object) -join ','
try { Get-Random -Minimum 5 -Maximum 5 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
$a = Get-Random -SetSeed 42 -Maximum 1000; $b = Get-Random -SetSeed 42 -Maximum 1000; $a -eq $b
# -SetSeed gives .NET's seeded sequence, so the numbers are the ones pwsh prints.
Get-Random -SetSeed 42 -Maximum 100
Get-Random -SetSeed 1 -Minimum 10 -Maximum 20 -Count 5
Get-Random -SetSeed 7 -Minimum 1.5 -Maximum 2.5
Get-Random -SetSeed 7 -Minimum -5 -Maximum ([long]1e15) -Count 2
1..10 | Get-Random -SetSeed 3 -Count 4
Get-Random -SetSeed 3 -InputObject 'a', 'b', 'c', 'd' -Shuffle
# The seeded generator goes on in later calls.
$null = Get-Random -SetSeed 99; Get-Random; Get-Random -Maximum 5
Get-Random -SetSeed 5 -Minimum -2147483648 -Maximum 2147483647
Get-Random -SetSeed 5 -Maximum '1e3'
