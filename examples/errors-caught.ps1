# try/catch/finally, typed catches, throw, $Error, $? and error actions.
try {
    'before the error'
    throw 'something went wrong'
    'not reached'
} catch {
    "caught: $($_.Exception.Message)"
    "id: $($_.FullyQualifiedErrorId)"
} finally {
    'finally always runs'
}
try { 1 / 0 } catch [System.DivideByZeroException] { 'divide by zero caught by type' } catch { 'generic' }
try { [int]'abc' } catch [System.Management.Automation.PSInvalidCastException] { 'invalid cast caught' }
try { Get-NoSuchCommand } catch [System.Management.Automation.CommandNotFoundException] { "not found: $($_.CategoryInfo.Category)" }
try { throw [System.ArgumentException]::new('bad argument') } catch [System.ArgumentException] { "argument: $($_.Exception.Message)" }
function Fail-Inside { throw 'thrown in a function' }
try { Fail-Inside } catch { "caught from function: $_" }
try {
    try { throw 'inner' } finally { 'inner finally' }
} catch { "outer caught: $_" }
Write-Error 'a non-terminating error' -ErrorAction SilentlyContinue
"status after silent error: $?"
"errors recorded: $($Error.Count)"
try { Write-Error 'made terminating' -ErrorAction Stop } catch { "stop turned it into: $($_.Exception.Message)" }
$ErrorActionPreference = 'Stop'
try { Write-Error 'preference says stop' } catch { 'caught because of $ErrorActionPreference' }
$ErrorActionPreference = 'Continue'
'still running'
1 + 1
"success: $?"
try { $null.Method() } catch { $_.Exception.Message }
try { @{}.Add('k', 1); @{ k = 1 }.Add('k', 2) } catch { $_.Exception.Message }
