# What scripts learn about where they run, and how cells show lists, long and multi-line values.
Get-Host | Select-Object Name, Version
$Host.UI.RawUI.WindowSize.Width
$PSVersionTable.PSVersion.Major
"PowerShell $($PSVersionTable.PSVersion) ($($PSVersionTable.PSEdition))"
$PSVersionTable.PSCompatibleVersions.Count
try { $Host = 'mine' } catch { $_.CategoryInfo.ToString() }

# Write-Progress draws only on a terminal; redirected output shows nothing of it.
Write-Progress -Activity 'Counting' -Status 'half way' -PercentComplete 50
Write-Progress -Activity 'Counting' -Completed

# An error's category line, as the classic error view ends with it.
try { Get-NoSuchCommand } catch { $_.CategoryInfo.ToString() }
Write-Error -Message 'bad data' -Category InvalidData -ErrorId BadData -TargetObject 'row 7' 2>&1 | ForEach-Object { $_.CategoryInfo.ToString() }

# Lists in cells stop after $FormatEnumerationLimit (4) elements.
[pscustomobject]@{ Few = 1..3; Many = 1..10; Nested = @(1, @(2, 3), $null) }
$FormatEnumerationLimit = 2
[pscustomobject]@{ Many = 1..10 } | Format-List
$FormatEnumerationLimit = -1
[pscustomobject]@{ Many = 1..10 } | Format-List
$FormatEnumerationLimit = 4

# Long values wrap under their label in lists; a multi-line value shows its first line in a table.
[pscustomobject]@{ Label = 'one two three four five six seven eight nine ten ' * 3; N = 1 } | Format-List
[pscustomobject]@{ Text = "first line`nsecond line"; N = 2 } | Format-Table
[pscustomobject]@{ Text = "first line`nsecond line"; N = 2 } | Format-List
