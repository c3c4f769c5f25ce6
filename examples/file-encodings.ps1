# -Encoding of Out-File, Set-Content, Add-Content and Get-Content: UTF-8 without a byte order mark
# by default, pwsh's names and .NET's, code pages and Encoding objects; a byte order mark only at
# a file's start; Add-Content keeps a file's own encoding; Get-Content reads byte order marks.
Set-Location ([System.IO.Path]::GetTempPath())
function Show-Bytes($path) { ((Get-Content $path -AsByteStream) | ForEach-Object { '{0:x2}' -f $_ }) -join ' ' }

'héllo' | Out-File minipwsh-enc-default.txt
Show-Bytes minipwsh-enc-default.txt
foreach ($name in 'utf8BOM', 'unicode', 'bigendianunicode', 'utf32', 'ascii', 'latin1', 'UTF-8') {
  Set-Content "minipwsh-enc-$name.txt" -Value 'é€' -Encoding $name
  '{0,-16} {1}' -f $name, (Show-Bytes "minipwsh-enc-$name.txt")
}
Set-Content minipwsh-enc-1252.txt -Value 'é€' -Encoding 1252
Show-Bytes minipwsh-enc-1252.txt
Get-Content minipwsh-enc-1252.txt -Encoding windows-1252
# Each file reads back through its byte order mark, whatever encoding Get-Content is given.
Get-Content minipwsh-enc-unicode.txt -Encoding utf8
Get-Content minipwsh-enc-utf32.txt
Get-Content minipwsh-enc-latin1.txt -Encoding latin1

Set-Content minipwsh-enc-log.txt -Value 'first' -Encoding unicode
Add-Content minipwsh-enc-log.txt -Value 'second'
Show-Bytes minipwsh-enc-log.txt
Get-Content minipwsh-enc-log.txt

Set-Content minipwsh-enc-obj.txt -Value 'A' -Encoding ([System.Text.Encoding]::Unicode)
Show-Bytes minipwsh-enc-obj.txt
[System.Text.Encoding]::UTF8.GetBytes('hé') -join ','
[System.Text.Encoding]::Unicode.GetString([byte[]](104, 0, 233, 0))
(Get-Content minipwsh-enc-default.txt -AsByteStream)[1].GetType().Name
Set-Content minipwsh-enc-bad.txt -Value 1 -Encoding nonesuch
