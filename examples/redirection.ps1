# Redirection: merge streams, discard them, or write to files.
$file = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'minipwsh-redirection-example.txt')
'first line' > $file
'second line' >> $file
Write-Error 'an error into the file' 2>> $file
$content = [System.IO.File]::ReadAllText($file)
$content.Trim()
[System.IO.File]::Delete($file)
$merged = & { 'output'; Write-Error 'error' } 2>&1
$merged.Count
$merged[1].GetType().Name
& { 'kept'; Write-Warning 'dropped'; Write-Error 'dropped too' } *> $null
'nothing was printed by the line above'
