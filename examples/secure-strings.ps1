# Secure strings: their text stays out of every display and conversion until asked for.
$secret = ConvertTo-SecureString 'hunter2' -AsPlainText -Force
$secret
$secret.Length
$secret.GetType().FullName
"in a string: $secret"
ConvertFrom-SecureString $secret -AsPlainText
(Get-Command ConvertTo-SecureString).Source
