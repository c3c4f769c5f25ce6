# Group-Object groups by value, property or script block (sorted by key); Join-String joins text.
'a', 'b', 'a', 'c', 'a' | Group-Object
1..10 | Group-Object { $_ % 3 } -NoElement
'x' | Group-Object
'one', 'two', 'three' | Join-String -Separator ', ' -OutputPrefix '[' -OutputSuffix ']'
$files = @(
    [pscustomobject]@{ Name = 'a.txt'; Kind = 'text' }
    [pscustomobject]@{ Name = 'b.ps1'; Kind = 'script' }
    [pscustomobject]@{ Name = 'c.txt'; Kind = 'text' }
)
$byKind = $files | Group-Object Kind -AsHashTable
$byKind['text'].Name -join ', '
$files | Group-Object Kind | ForEach-Object { "$($_.Name): $($_.Count)" }
$files | Join-String -Property Name -Separator '; ' -SingleQuote
