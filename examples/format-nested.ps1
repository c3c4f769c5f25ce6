# Nested values in cells: objects as @{...}, lists in braces, a dictionary inside a list as its type name,
# dates, GUIDs, booleans, numbers, empty and null values, script blocks; a mixed run of values.
[ordered]@{ key = @{ nested = 1 }; arr = @(1, @{ x = 2 }) }
[pscustomobject]@{ Name = 'outer'; Inner = [pscustomobject]@{ a = 1; b = 'x' }; List = @([pscustomobject]@{ c = 1 }, 2) }
[pscustomobject]@{ When = [datetime]'2024-01-02 03:04:05'; Guid = [guid]'11111111-2222-3333-4444-555555555555'; Bool = $true; Num = 1.5; Neg = -3 }
[pscustomobject]@{ Empty = ''; Null = $null; Zero = 0; Sb = { 1 + 1 } }
1, 'two', [pscustomobject]@{ three = 3 }, 4
