# if/elseif/else, loops, labelled break and continue.
$n = 15
if ($n % 15 -eq 0) { 'FizzBuzz' } elseif ($n % 3 -eq 0) { 'Fizz' } else { $n }
if ($false) { 'no' }
else
{
    'else on its own line'
}
$grade = if ($n -gt 10) { 'high' } else { 'low' }
$grade
$i = 0
while ($i -lt 3) { "while $i"; $i++ }
do { "do-while $i"; $i-- } while ($i -gt 1)
do { "do-until $i"; $i++ } until ($i -ge 3)
for ($j = 0; $j -lt 3; $j++) { "for $j" }
for ($k = 10; $k -gt 0; $k -= 4) { $k }
foreach ($item in 'a', 'b', 'c') { "item $item" }
foreach ($x in 1..10) {
    if ($x % 2) { continue }
    if ($x -gt 6) { break }
    "even $x"
}
:outer foreach ($a in 1..3) {
    foreach ($b in 1..3) {
        if ($b -eq 2) { continue outer }
        if ($a -eq 3) { break outer }
        "$a-$b"
    }
}
$squares = foreach ($v in 1..4) { $v * $v }
$squares -join ' '
$total = 0
foreach ($v in 1..100) { $total += $v }
$total
foreach ($none in $null) { 'never runs' }
'done'
