# String methods and a few static members.
$s = '  Hello, World  '
$s.Trim()
$s.TrimStart().Length
$s.ToUpper()
'Hello'.ToLower()
'a,b,c'.Split(',') -join '|'
'a,b,c'.Split(',').Count
'Hello'.Replace('l', 'L')
'PowerShell'.Substring(5)
'PowerShell'.Substring(0, 5)
'PowerShell'.IndexOf('S')
'PowerShell'.Contains('Shell')
'PowerShell'.StartsWith('Power')
'PowerShell'.EndsWith('shell')
'7'.PadLeft(3, '0')
'ab'.PadRight(4, '.') + '|'
'abc'.ToCharArray().Count
[string]::Join(', ', @('x', 'y'))
[string]::IsNullOrEmpty('')
[string]::IsNullOrEmpty('a')
[math]::Round(2.5)
[math]::Round(3.5)
[math]::Round(2.567, 2)
[math]::Abs(-4)
[math]::Floor(2.7)
[math]::Ceiling(2.1)
[math]::Max(3, 9)
[math]::Min(3, 9)
[math]::Pow(2, 10)
[math]::Sqrt(144)
[int]::MaxValue
[int]::MinValue
([guid]::NewGuid()).GetType().Name
([datetime]::Now).GetType().Name
'{0} is {1} years old' -f 'Ada', 36
'{0,5}|{1,-5}|' -f 'r', 'l'
'{0:N2}' -f 1234.567
'{0:D4}' -f 42
'{0:X}' -f 255
'{0:P0}' -f 0.25
'{0:F1}' -f 2.25
try { 'abc'.Substring(5) } catch { $_.Exception.Message }
try { $null.ToString() } catch { $_.Exception.Message }
try { 'x'.NoSuchMethod() } catch { $_.Exception.Message }
