# trap handles the terminating errors of its scope: continue goes on silently, break stops, otherwise
# the error is reported and the next statement runs; typed traps win; callers' traps catch callees' errors.
function Inner { 'inner start'; 1 / 0; 'inner end' }
trap { "trapped: $($_.Exception.Message)"; continue }
'before'
Inner
'after'
& { trap [System.DivideByZeroException] { 'typed trap'; continue }; 'block'; 1/0; 'block end' }
trap [System.Management.Automation.RuntimeException] { "typed trap wins: $_"; continue }
throw 'boom'
'after throw'
function Reports { trap { 'report it' }; throw 'shown' ; 'after throw' }
Reports
'next'
function Breaks { trap { 'breaking'; break }; throw 'stops'; 'unreached' }
Breaks
'not reached either'
