# Format-Table and Format-List options: groups, wrapping, and how long rows are cut at 80 columns.
# Aliases of your own come first: pwsh lays out later default tables differently after a Format-Table.
Set-Alias -Name greet -Value Write-Output
greet 'hello from an alias'
New-Alias -Name count -Value Measure-Object
(1..5 | count).Count
Get-Alias greet, count

$files = @(
    [pscustomobject]@{ Folder = 'docs'; Name = 'intro.md'; Size = 1200 }
    [pscustomobject]@{ Folder = 'docs'; Name = 'usage.md'; Size = 3400 }
    [pscustomobject]@{ Folder = 'src'; Name = 'main.ts'; Size = 9100 }
)
# -GroupBy starts a new table (or list) each time the grouping value changes.
$files | Format-Table -GroupBy Folder
$files | Format-List -GroupBy Folder -Property Name, Size
$files | Format-Table -GroupBy { $_.Size -gt 2000 } Name

# A row too wide for the line: the last column is cut with an ellipsis...
$note = [pscustomobject]@{ Id = 7; Text = 'the quick brown fox jumps over the lazy dog ' * 3 }
$note | Format-Table
# ...or continued on the next lines with -Wrap.
$note | Format-Table -Wrap
# Columns that start past the edge are left out.
[pscustomobject]@{ First = 'x' * 40; Second = 'y' * 40; Third = 'z' } | Format-Table
