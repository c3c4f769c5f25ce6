# The switch statement.
function Describe($value) {
    switch ($value) {
        1 { 'one' }
        'two' { 'the word two' }
        { $_ -is [int] -and $_ -gt 100 } { 'a big number' }
        default { "something else: $_" }
    }
}
Describe 1
Describe 'TWO'
Describe 500
Describe 'x'
switch -Wildcard ('report.txt') {
    '*.csv' { 'csv file' }
    '*.txt' { 'text file' }
    'report*' { 'a report' }
}
switch -Regex ('abc123') {
    '^\d+$' { 'digits only' }
    '(\d+)' { "found digits $($Matches[1])" }
}
switch -Exact ('a*') { 'a*' { 'exact match' } 'ab' { 'no' } }
switch -CaseSensitive ('ABC') { 'abc' { 'lower' } 'ABC' { 'upper' } }
switch (1, 2, 3, 4) {
    2 { 'two, skipping the rest of this item'; continue }
    3 { 'three, stopping'; break }
    default { "value $_" }
}
$kind = switch (7) { { $_ % 2 } { 'odd' } default { 'even' } }
$kind
