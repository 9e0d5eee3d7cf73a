# Reference solution for "Create your first Aurora MySQL cluster".
SUBNETS=$(aws ec2 describe-subnets --filters Name=default-for-az,Values=true --query 'Subnets[].SubnetId' --output text)
aws rds create-db-subnet-group \
  --db-subnet-group-name aurora-lab-subnets \
  --db-subnet-group-description "Subnets for my first Aurora cluster" \
  --subnet-ids $SUBNETS
aws rds create-db-cluster \
  --db-cluster-identifier lab-aurora-mysql \
  --engine aurora-mysql \
  --engine-version 8.0.mysql_aurora.3.08.2 \
  --master-username admin \
  --master-user-password 'Choose-A-Strong-Passw0rd' \
  --db-subnet-group-name aurora-lab-subnets \
  --backup-retention-period 7 \
  --storage-encrypted
aws rds create-db-instance \
  --db-instance-identifier lab-aurora-mysql-writer \
  --db-cluster-identifier lab-aurora-mysql \
  --engine aurora-mysql \
  --db-instance-class db.r6g.large
aws rds wait db-instance-available --db-instance-identifier lab-aurora-mysql-writer
aws rds wait db-cluster-available --db-cluster-identifier lab-aurora-mysql
