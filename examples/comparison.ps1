# Comparison operators: case-insensitive by default, and filters when the left side is an array.
1 -eq 1
'abc' -eq 'ABC'
'abc' -ceq 'ABC'
5 -eq '5'
'5' -eq 5
$null -eq $null
1 -ne 2
3 -gt 2; 3 -ge 3; 2 -lt 3; 2 -le 1
'apple' -lt 'banana'
(1, 2, 3, 4 -gt 2) -join ','
(1, 2, 3, 2 -eq 2).Count
'PowerShell' -like 'power*'
'PowerShell' -clike 'power*'
'file.txt' -like '*.txt'
'a1' -like 'a[0-9]'
'abc' -notlike '*z*'
'hello world' -match 'o (w\w+)'
$Matches[0]
$Matches[1]
'2024-01-15' -match '(?<year>\d{4})-(?<month>\d\d)'
$Matches.year
$Matches['month']
'abc' -notmatch 'z'
1, 2, 3 -contains 2
1, 2, 3 -notcontains 5
2 -in 1, 2, 3
'x' -notin 'a', 'b'
'Hello' -replace 'l', 'L'
'Hello' -creplace 'h', 'J'
'2024-01-15' -replace '(\d+)-(\d+)-(\d+)', '$3/$2/$1'
'a,b;c' -split '[,;]'
'a b  c' -split ' '
-split '  one two   three '
'a-b-c-d' -split '-', 2
(1, 2, 3) -join '+'
-join ('a', 'b', 'c')
'abc' -is [string]
5 -is [int]
5 -isnot [string]
'42' -as [int]
'x' -as [int]
$null -eq ('x' -as [int])
