# The basics: output, variables, strings and comments.
'Hello, World!'
$name = 'minipwsh'
"Hello from $name"
Write-Output "Two plus two is $(2 + 2)"
<# a block comment
   spanning lines #>
$greeting = "Hi" ; $greeting   # two statements on one line
$long = 'one ' + `
    'continued line'
$long
Write-Host 'Write-Host goes straight to the console'
