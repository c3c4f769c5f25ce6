# Functions, parameters, defaults, $args, return and recursion.
function Get-Greeting { 'Hello!' }
Get-Greeting
function Add-Numbers($a, [int]$b = 2) { $a + $b }
Add-Numbers 1
Add-Numbers 1 5
Add-Numbers -b 10 -a 5
Add-Numbers '4' '6'
function Show-Args { "count: $($args.Count)"; $args -join ',' }
Show-Args x y z
function Get-Info {
    param(
        [string]$Name = 'nobody',
        [int]$Age,
        [switch]$Loud
    )
    $text = "$Name is $Age"
    if ($Loud) { $text.ToUpper() } else { $text }
}
Get-Info
Get-Info -Name Ada -Age 36
Get-Info Bob 41 -Loud
Get-Info -Na Cy -A 7
function Get-First {
    foreach ($i in 1..10) {
        if ($i -eq 3) { return "returned $i" }
    }
    'not reached'
}
Get-First
function Get-Many { 1; 2; return 3; 4 }
(Get-Many) -join ','
function Get-Factorial([int]$n) {
    if ($n -le 1) { return 1 }
    $n * (Get-Factorial ($n - 1))
}
Get-Factorial 10
function Get-Fib($n) { if ($n -lt 2) { $n } else { (Get-Fib ($n - 1)) + (Get-Fib ($n - 2)) } }
Get-Fib 15
function Test-Typed([int]$Number) { $Number.GetType().Name }
Test-Typed '42'
filter Double-It { $_ * 2 }
1, 2, 3 | Double-It
function Get-Count { param($Items) $Items.Count }
Get-Count -Items (1, 2, 3)
Get-Count (1..5)
function Outer { function Inner { 'inner' }; Inner }
Outer
