# Compare-Object: differences (=> and <=), -IncludeEqual, -ExcludeDifferent, -CaseSensitive, -Property, -PassThru.
# The first table's columns stay for the later objects of the run, as in pwsh.
Compare-Object -ReferenceObject 1, 2, 3 -DifferenceObject 2, 3, 4
Compare-Object 'a', 'b' 'b', 'c' -IncludeEqual
Compare-Object 'a', 'b' 'b', 'c' -ExcludeDifferent -IncludeEqual
Compare-Object 'A' 'a'
Compare-Object 'A' 'a' -CaseSensitive
$r = [pscustomobject]@{ n = 1; v = 'x' }, [pscustomobject]@{ n = 2; v = 'y' }
$d = [pscustomobject]@{ n = 2; v = 'z' }, [pscustomobject]@{ n = 3; v = 'w' }
Compare-Object $r $d -Property n
Compare-Object $r $d -Property n, v | Format-Table
Compare-Object 1, 2 2, 3 -PassThru
(Compare-Object 1 2)[0].GetType().Name
Compare-Object @() 1
