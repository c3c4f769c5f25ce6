# Arrays, hashtables and objects: indexing, slicing, members.
$a = 1, 2, 3, 4, 5
$a.Count
$a[0]
$a[-1]
$a[1..3] -join ','
$a[0, 2, 4] -join ','
$a[10]
$single = ,42
$single.Count
$empty = @()
$empty.Count
@(1, @(2, 3)).Count
$nested = @(1, (2, 3))
$nested[1].Count
$a += 6
$a.Count
$a[0] = 100
$a[0]
$h = @{ Name = 'minipwsh'; Version = 1 }
$h.Name
$h['Version']
$h.NAME
$h.Count
$h.Missing
$h.Add('Extra', $true)
$h.ContainsKey('extra')
$h.Remove('Extra')
$h.Keys.Count
$h.New = 'added'
$h['New']
$merged = @{ a = 1 } + @{ b = 2 }
$merged.Count
try { @{ a = 1 } + @{ a = 2 } } catch { $_.Exception.Message }
$o = [ordered]@{ third = 3; first = 1; second = 2 }
$o.Keys -join ','
$p = [pscustomobject]@{ Name = 'box'; Width = 2; Height = 3 }
$p.Name
$p.Width * $p.Height
$p.Width = 10
$p.Width
$items = @([pscustomobject]@{ N = 'a' }, [pscustomobject]@{ N = 'b' })
$items.N -join ','
'hello'.Length
(1, 2, 3).Length
$null.Count
(5).Count
$words = 'one', 'two', 'three'
$words.ToUpper() -join ' '
$words | ForEach-Object Length
