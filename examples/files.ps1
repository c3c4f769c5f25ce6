# Files and the current location: Set-Location/Get-Location, Set-Content, Add-Content, Get-Content
# (-Raw, -TotalCount, -Tail), Test-Path (-PathType), Out-File (-Append), and a missing path.
$tmp = [System.IO.Path]::GetTempPath().TrimEnd('/')
Set-Location $tmp
(Get-Location).Path -eq $tmp
Set-Content -Path ./minipwsh-example-a.txt -Value 'one', 'two'
Add-Content -Path ./minipwsh-example-a.txt -Value 'three'
Get-Content ./minipwsh-example-a.txt
(Get-Content ./minipwsh-example-a.txt).Count
Get-Content ./minipwsh-example-a.txt -Raw
Get-Content ./minipwsh-example-a.txt -TotalCount 1
Get-Content ./minipwsh-example-a.txt -Tail 1
Test-Path ./minipwsh-example-a.txt; Test-Path ./minipwsh-example-nope.txt; Test-Path $tmp -PathType Container; Test-Path ./minipwsh-example-a.txt -PathType Container
[pscustomobject]@{ a = 1 } | Out-File ./minipwsh-example-b.txt
Get-Content ./minipwsh-example-b.txt
'x' | Out-File ./minipwsh-example-b.txt -Append
(Get-Content ./minipwsh-example-b.txt -Raw).Length
Set-Content ./minipwsh-example-c.txt -Value 'no newline' -NoNewline
(Get-Content ./minipwsh-example-c.txt -Raw).Length
Get-Content ./minipwsh-example-missing.txt 2>&1 | ForEach-Object { $_.FullyQualifiedErrorId }
Get-Location | Format-Table -HideTableHeaders | Out-String | ForEach-Object { $_.Trim() -eq $tmp }
