# Script blocks as values: call operator, Invoke, parameters, dot-sourcing.
$double = { param($x) $x * 2 }
& $double 21
$double.Invoke(5)
$greet = { "Hello, $($args[0])" }
& $greet 'world'
$sb = { 'inside a script block' }
& $sb
$sb.GetType().Name
$counter = 0
$increment = { $counter++ }
& $increment
"after & the caller's counter is $counter"
. $increment
"after . the caller's counter is $counter"
$add = { param([int]$a, [int]$b = 10) $a + $b }
& $add 1
& $add 1 2
& $add -b 5 -a 5
$blocks = @{ square = { param($n) $n * $n }; cube = { param($n) $n * $n * $n } }
& $blocks.square 4
& $blocks['cube'] 3
function Invoke-Twice([scriptblock]$Action) { & $Action; & $Action }
Invoke-Twice { 'twice' }
$pipeline = { process { $_ + 1 } }
1, 2, 3 | & $pipeline
& { param($first, $second) "$second then $first" } 'a' 'b'
$text = { 1 + 1 }
"the block's text: $text"
$generated = [scriptblock]::Create('"created at run time"')
& $generated
& 'Write-Output' 'called by name'
$cmd = 'Write-Output'
& $cmd 'called through a variable'
