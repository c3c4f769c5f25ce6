# An uncaught throw ends the script; `finally` still runs. Exit code 1.
function Invoke-Step($n) {
    "step $n"
    if ($n -eq 2) { throw "step $n failed" }
}
try {
    1..3 | ForEach-Object { Invoke-Step $_ }
} finally {
    'cleanup in finally'
}
'never printed'
