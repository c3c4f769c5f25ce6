# Arithmetic: PowerShell widens and converts by the left operand.
1 + 2 * 3
(1 + 2) * 3
10 / 4
10 / 5
(10 / 5).GetType().Name
7 % 3
-7 % 3
2147483647 + 1
(2147483647 + 1).GetType().Name
[long]5 + 1
(5L + 1).GetType().Name
1.5 + 1
'3' + 4
3 + '4'
'ab' * 3
(1, 2) * 2
(1, 2) + 3
$null + 5
0.1 + 0.2
1 / 3
[math]::PI
1e20
-0.0
try { 1 / 0 } catch { $_.Exception.Message }
$i = 5
$i += 2; $i
$i -= 1; $i
$i *= 3; $i
$i /= 2; $i
$i %= 4; $i
$i++
$i
++$i
$i
$j = $i++
"j=$j i=$i"
$i--
--$i
$i
