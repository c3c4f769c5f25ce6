# Dot-sourcing a script file brings its functions and variables into the caller's scope;
# calling it with & keeps them in its own scope.
$helper = "$PSScriptRoot/dot-sourcing.lib.ps1"
& $helper
"after &: [$libVariable]"
. $helper
"after .: [$libVariable]"
Get-LibGreeting 'world'
