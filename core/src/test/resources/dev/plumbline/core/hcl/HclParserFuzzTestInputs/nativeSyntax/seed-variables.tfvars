region      = "eu-west-1"
db_password = "correct-horse-battery" # expect: TF007 "the variables file sets 'db_password' to a credential"
