# `exit N` ends the script with exit code N.
'before exit'
function Stop-Here { exit 3 }
Stop-Here
'after exit'
