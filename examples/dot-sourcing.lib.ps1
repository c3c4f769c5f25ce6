# A library for dot-sourcing.ps1.
$libVariable = 'set by the library'
function Get-LibGreeting($Who) { "Hello, $Who, from the library" }
'the library ran'
