# Format-Wide: one property of each object in columns (two by default, -Column N, -AutoSize);
# strings and numbers are not laid out.
1..4 | Format-Wide -Column 3
[pscustomobject]@{ Name = 'x'; N = 1 }, [pscustomobject]@{ Name = 'yy'; N = 2 } | Format-Wide -Property Name
[pscustomobject]@{ Name = 'x'; N = 1 }, [pscustomobject]@{ Name = 'yy'; N = 2 } | Format-Wide
$o = 'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu' | ForEach-Object { [pscustomobject]@{ Name = $_ } }
$o | Format-Wide
$o | Format-Wide -Column 5
$o | Format-Wide { $_.Name.ToUpper() } -Column 4
$o | Format-Wide -AutoSize
