# ArrayList and List[T] (growable, changed in place; arrays are fixed-size), [regex]'s methods and
# Match objects, enum values as static members, and booleans right-aligned in tables.
$list = [System.Collections.ArrayList]::new()
$list.Add('first')
[void]$list.Add('second')
$list.AddRange(@('third', 'fourth'))
$list.Insert(0, 'zeroth')
$list.Remove('second')
$list.RemoveAt($list.Count - 1)
$list -join ', '
$list.Count
$list.GetType().FullName

$numbers = [System.Collections.Generic.List[int]]::new()
$numbers.Add('42')
$numbers.Add(7)
$numbers.Remove(42)
$numbers.GetType().Name
try { $numbers.Add('many') } catch { $_.Exception.Message }
$sorted = [System.Collections.ArrayList]@(3, 1, 2)
$sorted.Sort()
$sorted -join ' < '
$sorted | ForEach-Object { $_ * 10 }
New-Object System.Collections.Generic.List[string] | Measure-Object | ForEach-Object Count
$fixed = @(1, 2)
try { $fixed.Add(3) } catch { $_.Exception.Message }

$m = [regex]::Match('order 2024-11-25', '(?<year>\d{4})-(\d{2})-(\d{2})')
$m.Success, $m.Index, $m.Value
$m.Groups | Format-Table Name, Value, Index, Success
$m.Groups['year'].Value
[regex]::Matches('a1b22c333', '\d+') | ForEach-Object Value
[regex]::Matches('a1b22c333', '\d+').Count
[regex]::Replace('2024-11-25', '(\d+)-(\d+)-(\d+)', '$3/$2/$1')
[regex]::Split('a1b2c', '\d') -join '|'
[regex]::Escape('1+1=2?')
[regex]::IsMatch('ABC', 'b'), [regex]::IsMatch('ABC', '(?i)b')
([regex]'\w+').Matches('two words').Value
'price: 10, tax: 2' -replace '\d+', { [int]$_.Value * 100 }

[ConsoleColor]::Red
[System.DayOfWeek]::Friday.GetType().FullName
[pscustomobject]@{ Name = 'x'; Enabled = $true; Color = [ConsoleColor]::Blue }
# HashSet[T] (case-sensitive, Add tells whether it added), Queue and Stack.
$seen = [System.Collections.Generic.HashSet[string]]::new()
'b', 'a', 'b', 'B' | ForEach-Object { if ($seen.Add($_)) { "new: $_" } }
$seen.Count
$queue = [System.Collections.Queue]::new()
1..3 | ForEach-Object { $queue.Enqueue($_) }
$queue.Dequeue(), $queue.Peek(), $queue.Count
$stack = [System.Collections.Generic.Stack[string]]::new()
'bottom', 'middle', 'top' | ForEach-Object { $stack.Push($_) }
$stack -join ' > '
$stack.Pop()
try { [System.Collections.Stack]::new().Pop() } catch { $_.Exception.Message }
