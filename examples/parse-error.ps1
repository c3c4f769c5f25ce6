# A syntax error: nothing in the script runs.
'this line does not run'
if ($true) {
    'unclosed block'
