# Dynamic scoping: children read their callers' variables; assignment creates a local.
$x = 'script value'
function Read-X { "Read-X sees: $x" }
Read-X
function Set-X { $x = 'local value'; "Set-X set: $x" }
Set-X
"after Set-X: $x"
function Set-ScriptX { $script:x = 'changed by Set-ScriptX' }
Set-ScriptX
"after Set-ScriptX: $x"
function Set-GlobalY { $global:y = 'global y' }
Set-GlobalY
$y
function Outer { $shared = 'from Outer'; Inner }
function Inner { "Inner sees: $shared" }
Outer
"at script level shared is empty: [$shared]"
$local:z = 'local z'
$z
$counter = 0
function Add-One { $script:counter += 1 }
1..5 | ForEach-Object { Add-One }
"counter: $counter"
$env:MINIPWSH_EXAMPLE = 'set in the environment'
$env:MINIPWSH_EXAMPLE
$env:MINIPWSH_EXAMPLE = $null
"removed: [$env:MINIPWSH_EXAMPLE]"
if (1) { $inBlock = 'blocks do not make scopes' }
$inBlock
